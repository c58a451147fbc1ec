import type { ClientStatus } from "./clients.schema";

/**
 * The client's life: ONBOARDING -> ACTIVE <-> SUSPENDED, and from any of them -> ENDED, which is final
 * (an ended client's history stays readable, and it is never deleted). Going ACTIVE, first or again,
 * also needs the onboarding checklist's required items: that part needs the database and lives in
 * the service.
 */
const NEXT: Record<ClientStatus, readonly ClientStatus[]> = {
  ONBOARDING: ["ACTIVE", "ENDED"],
  ACTIVE: ["SUSPENDED", "ENDED"],
  SUSPENDED: ["ACTIVE", "ENDED"],
  ENDED: [],
};

export function allowedTransitions(from: ClientStatus): readonly ClientStatus[] {
  return NEXT[from];
}

export function canTransition(from: ClientStatus, to: ClientStatus): boolean {
  return NEXT[from].includes(to);
}

/** What the UI calls each move: SUSPENDED -> ACTIVE is "resume", ONBOARDING -> ACTIVE "activate". */
export type StatusAction = "activate" | "resume" | "suspend" | "end";

export function actionFor(from: ClientStatus, to: ClientStatus): StatusAction | null {
  if (!canTransition(from, to)) return null;
  if (to === "ACTIVE") return from === "SUSPENDED" ? "resume" : "activate";
  return to === "SUSPENDED" ? "suspend" : "end";
}
