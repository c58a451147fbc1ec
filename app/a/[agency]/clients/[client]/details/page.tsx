import { getLocale, getTranslations } from "next-intl/server";
import { hasAgencyRole } from "@/server/auth/roles";
import { orPage, serverCaller } from "@/server/trpc/rsc";
import { ClientForm } from "../../_components/client-form";
import { ExportDataCard } from "../_components/export-data-card";
import { detailDefaults } from "../../_components/form-defaults";
import { regionOptions } from "../../_components/region-options";

export async function generateMetadata() {
  const t = await getTranslations("clients.tabs");
  return { title: t("details") };
}

/** The client's details and contacts; read-only for non-admins and for an ended client. */
export default async function ClientDetailsPage({ params }: { params: Promise<{ agency: string; client: string }> }) {
  const { agency: agencySlug, client: clientSlug } = await params;
  const client = await orPage((await serverCaller()).client.get({ agencySlug, clientSlug }), `/a/${agencySlug}/clients/${clientSlug}/details`);
  const t = await getTranslations("clients.form");
  // An ended client's header already says why nothing can change.
  const ended = client.status === "ENDED";
  const canEdit = hasAgencyRole(client.role, "ADMIN");
  return (
    <div className="max-w-3xl">
      <ClientForm
        // A fresh form after each save, so the defaults (E.164 phones, contact ids) are what was stored.
        key={client.updatedAt.toISOString()}
        agencySlug={agencySlug}
        clientSlug={clientSlug}
        defaults={detailDefaults(client)}
        options={regionOptions(await getLocale())}
        readOnly={ended || !canEdit}
        readOnlyReason={!ended && !canEdit ? t("readOnlyRole") : undefined}
      />
      {/* A data-subject request may come after the client ended, so the export stays offered then too. */}
      {canEdit ? <ExportDataCard agencySlug={agencySlug} clientSlug={clientSlug} /> : null}
    </div>
  );
}
