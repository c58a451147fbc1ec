import type { Scenario } from "../lib/kit";
import { killInstance } from "./kill-instance";
import { postgresRestart } from "./postgres-restart";
import { scaleOut } from "./scale-out";
import { smtpDown } from "./smtp-down";
import { stripeDown } from "./stripe-down";

/** In the order they run; `ci` is the part `npm test` runs (tests/e2e/scale-out.spec.ts). */
export const SCENARIOS: Scenario[] = [scaleOut, killInstance, postgresRestart, stripeDown, smtpDown];
export const CI_SCENARIOS: Scenario[] = [scaleOut, killInstance];
