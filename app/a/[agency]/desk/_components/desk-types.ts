import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/root";

type Outputs = inferRouterOutputs<AppRouter>["desk"];
export type DeskMe = Outputs["me"];
export type DeskOffer = NonNullable<DeskMe["offer"]>;
export type DeskCurrentCall = NonNullable<DeskMe["currentCall"]>;
export type ScreenPop = Outputs["screenPop"];
export type PopTerms = NonNullable<ScreenPop["terms"]>;
export type RecentCall = Outputs["history"][number];
