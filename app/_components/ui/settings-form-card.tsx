import { Alert } from "./alert";
import { Button } from "./button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "./card";

/**
 * The shell of a small settings form: a card with title and description, the form-level error, the fields, and a
 * save button that is enabled once something changed (`saveLabel` null hides it, e.g. for a read-only viewer).
 */
export function SettingsFormCard(props: {
  title: string;
  description: string;
  onSubmit: React.FormEventHandler<HTMLFormElement>;
  formError: string | null;
  saveLabel: string | null;
  saving: boolean;
  dirty: boolean;
  footerClassName?: string;
  children: React.ReactNode;
}) {
  return (
    <Card>
      <form onSubmit={props.onSubmit} noValidate>
        <CardHeader>
          <CardTitle>{props.title}</CardTitle>
          <CardDescription>{props.description}</CardDescription>
        </CardHeader>
        <CardContent className="space-y-4">
          {props.formError ? <Alert>{props.formError}</Alert> : null}
          {props.children}
        </CardContent>
        {props.saveLabel !== null ? (
          <CardFooter className={props.footerClassName}>
            <Button type="submit" loading={props.saving} disabled={!props.dirty}>
              {props.saveLabel}
            </Button>
          </CardFooter>
        ) : null}
      </form>
    </Card>
  );
}
