import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/root";

type Outputs = inferRouterOutputs<AppRouter>["number"];
export type NumbersData = Outputs["list"];
export type NumberItem = NumbersData["numbers"][number];
export type AvailableNumber = Outputs["search"]["numbers"][number];
