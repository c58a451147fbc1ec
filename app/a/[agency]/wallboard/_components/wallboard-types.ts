import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/root";

export type Snapshot = inferRouterOutputs<AppRouter>["wallboard"]["snapshot"];
export type Tile = Snapshot["hotlines"][number];
export type Operator = Snapshot["operators"][number];
export type LiveCall = Snapshot["liveCalls"][number];
