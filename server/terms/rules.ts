import type { AgencyRole, ClientRole, TermsState } from "../generated/prisma/enums";
import { hasAgencyRole, hasClientRole } from "../auth/roles";

/**
 * Who may do what to a terms version, and which states allow it: data, not code scattered in handlers.
 * The procedures gate by role too; the services check again here so a seed or a job calling them directly
 * follows the same rules.
 */
export type TermsActor = { side: "agency"; userId: string; role: AgencyRole } | { side: "client"; userId: string; role: ClientRole };

export type TermsAction = "createDraft" | "edit" | "submit" | "approve" | "requestChanges";

/**
 * The least role per side for each action. An agency approval is always "on the client's behalf" and
 * recorded as such; viewers (agency below ADMIN, CLIENT_VIEWER) only read.
 */
const minRoles: Record<TermsAction, { agency: AgencyRole; client: ClientRole }> = {
  createDraft: { agency: "ADMIN", client: "CLIENT_ADMIN" },
  edit: { agency: "ADMIN", client: "CLIENT_ADMIN" },
  submit: { agency: "ADMIN", client: "CLIENT_ADMIN" },
  approve: { agency: "ADMIN", client: "CLIENT_ADMIN" },
  requestChanges: { agency: "ADMIN", client: "CLIENT_ADMIN" },
};

export function canDo(actor: TermsActor, action: TermsAction): boolean {
  const min = minRoles[action];
  return actor.side === "agency" ? hasAgencyRole(actor.role, min.agency) : hasClientRole(actor.role, min.client);
}

/** The state a version must be in for an action, and the state it moves to. */
const transitions: Record<Exclude<TermsAction, "createDraft">, { from: TermsState; to: TermsState }> = {
  edit: { from: "DRAFT", to: "DRAFT" },
  submit: { from: "DRAFT", to: "SUBMITTED" },
  approve: { from: "SUBMITTED", to: "APPROVED" },
  requestChanges: { from: "SUBMITTED", to: "DRAFT" },
};

/** The next state, or the error key (under `errors.`) that explains why the action is refused in this state. */
export function nextState(state: TermsState, action: Exclude<TermsAction, "createDraft">): { ok: true; state: TermsState } | { ok: false; error: string } {
  const t = transitions[action];
  if (state === t.from) return { ok: true, state: t.to };
  if (action === "edit" && (state === "APPROVED" || state === "SUPERSEDED")) return { ok: false, error: "approvedImmutable" };
  if (action === "edit") return { ok: false, error: "termsNotDraft" };
  if (action === "submit") return { ok: false, error: "termsNotDraft" };
  return { ok: false, error: "termsNotSubmitted" };
}

/** A version open for work: there is at most one per client at a time. */
export const OPEN_STATES = ["DRAFT", "SUBMITTED"] as const satisfies readonly TermsState[];
/** States of versions that were approved at some point: the candidates for the version in force. */
export const APPROVED_STATES = ["APPROVED", "SUPERSEDED"] as const satisfies readonly TermsState[];

/** What the person may do with the versions of this client, for the UI to show only the possible buttons. */
export function permissionsOf(actor: TermsActor) {
  return {
    createDraft: canDo(actor, "createDraft"),
    edit: canDo(actor, "edit"),
    submit: canDo(actor, "submit"),
    approve: canDo(actor, "approve"),
    requestChanges: canDo(actor, "requestChanges"),
    /** An approval by this person is made on the client's behalf. */
    onBehalf: actor.side === "agency",
  };
}
export type TermsPermissions = ReturnType<typeof permissionsOf>;
