"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { FormProvider, useForm, useWatch, type FieldErrors, type Path } from "react-hook-form";
import { Alert } from "@/app/_components/ui/alert";
import { Card } from "@/app/_components/ui/card";
import { useToast } from "@/app/_components/ui/toast";
import { cn } from "@/app/_lib/cn";
import { errorMessage } from "@/app/_lib/trpc-errors";
import { TERMS_SECTIONS, termsDocumentSchemaFor, type TermsDocument, type TermsDocumentInput, type TermsSection } from "@/server/terms/terms.schema";
import { EditorBar } from "./editor/editor-bar";
import { SectionBody } from "./editor/section-body";
import { countErrors, SectionNav } from "./editor/section-nav";
import { OperatorPreview } from "./preview/operator-preview";
import { useTermsApi, type TermsCan, type TermsClientInfo, type TermsScope, type TermsVersionView } from "./terms-api";
import { serverFieldErrors } from "./server-field-errors";
import { toFormValues } from "./form-values";

type Version = TermsVersionView["version"];

/**
 * The terms document in a form, section by section, with the operator's live preview beside it. A draft
 * is editable by those allowed (agency admins, the client's admins); any other version is shown read-only
 * in the same layout. Checks run in the browser with the server's own schema, then again on the server.
 */
export function TermsEditor({ scope, version, client, can }: { scope: TermsScope; version: Version; client: TermsClientInfo; can: TermsCan }) {
  const t = useTranslations("terms.editor");
  const api = useTermsApi(scope);
  const router = useRouter();
  const toast = useToast();
  const readOnly = version.state !== "DRAFT" || !can.edit;
  const schema = useMemo(() => termsDocumentSchemaFor({ locale: client.locale, contactIds: client.contacts.map((c) => c.id) }), [client]);
  const form = useForm<TermsDocumentInput, unknown, TermsDocument>({ resolver: zodResolver(schema), defaultValues: toFormValues(version.document), mode: "onTouched" });
  const doc = useWatch({ control: form.control }) as TermsDocumentInput;
  const [section, setSection] = useState<TermsSection>("general");
  const [mobileView, setMobileView] = useState<"edit" | "preview">("edit");
  const [formError, setFormError] = useState<string | null>(null);
  const base = useRef(version.updatedAt);
  const { isDirty, errors } = form.formState;
  const problems = Object.fromEntries(TERMS_SECTIONS.map((s) => [s, countErrors(errors[s])]));

  // Leaving with unsaved edits asks first (the browser's own prompt).
  useEffect(() => {
    if (!isDirty || readOnly) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [isDirty, readOnly]);

  const showFirstProblem = (errs: FieldErrors<TermsDocumentInput>) => {
    const first = TERMS_SECTIONS.find((s) => countErrors(errs[s]) > 0);
    if (first) setSection(first);
    setMobileView("edit");
  };

  /** Saves when there is something to save; false when the document has problems or the save failed. */
  const save = async (): Promise<boolean> => {
    if (!isDirty) {
      const valid = await form.trigger();
      if (!valid) showFirstProblem(form.formState.errors);
      return valid;
    }
    let ok = false;
    await form.handleSubmit(
      async (values) => {
        setFormError(null);
        try {
          const saved = await api.saveDraft(version.number, values, base.current);
          base.current = saved.updatedAt;
          form.reset(toFormValues(values));
          ok = true;
          router.refresh();
        } catch (error) {
          const placed = serverFieldErrors(error, (path, message) => form.setError(path as Path<TermsDocumentInput>, { type: "server", message }));
          if (placed) showFirstProblem(form.formState.errors);
          else setFormError(errorMessage(error, t("saveFailed")));
        }
      },
      (errs) => showFirstProblem(errs),
    )();
    return ok;
  };

  const onSave = async () => {
    if (await save()) toast.success(t("saved"));
  };

  return (
    <FormProvider {...form}>
      <div className="mb-4 flex rounded-lg bg-zinc-100 p-1 lg:hidden" role="group" aria-label={t("view")}>
        {(["edit", "preview"] as const).map((v) => (
          <button key={v} type="button" aria-pressed={mobileView === v} onClick={() => setMobileView(v)} className={cn("flex-1 rounded-md py-1.5 text-sm font-medium", mobileView === v ? "bg-white shadow-xs" : "text-zinc-600")}>
            {t(`views.${v}`)}
          </button>
        ))}
      </div>
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem] xl:grid-cols-[minmax(0,1fr)_26rem]">
        <div className={cn("min-w-0 space-y-4", mobileView === "preview" && "hidden lg:block")}>
          {formError ? <Alert>{formError}</Alert> : null}
          <SectionNav current={section} onSelect={setSection} problems={problems} />
          <form noValidate onSubmit={(e) => (e.preventDefault(), void onSave())}>
            {/* A field focused for its error must not hide under the sticky action bar. */}
            <Card
              id="terms-section-panel"
              role="tabpanel"
              aria-labelledby={`terms-tab-${section}`}
              className="p-4 sm:p-6 [&_:is(input,select,textarea)]:scroll-mt-24 [&_:is(input,select,textarea)]:scroll-mb-32"
            >
              <fieldset disabled={readOnly} className="min-w-0">
                <SectionBody section={section} readOnly={readOnly} client={client} />
              </fieldset>
            </Card>
          </form>
        </div>
        <aside className={cn("lg:sticky lg:top-20 lg:max-h-[calc(100dvh-6rem)] lg:overflow-y-auto lg:rounded-xl", mobileView === "edit" && "hidden lg:block")}>
          <OperatorPreview doc={doc} timezone={client.timezone} clientLocale={client.locale} contacts={client.contacts} />
        </aside>
      </div>
      {readOnly ? null : (
        <EditorBar scope={scope} number={version.number} dirty={isDirty} problems={Object.values(problems).reduce((a, b) => a + b, 0)} onSave={onSave} save={save} onDiscard={() => form.reset()} canSubmit={can.submit} />
      )}
    </FormProvider>
  );
}
