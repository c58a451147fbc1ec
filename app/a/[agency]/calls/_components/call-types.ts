import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/root";

type Outputs = inferRouterOutputs<AppRouter>;

export type CallListItem = Outputs["calls"]["list"]["items"][number];
export type CallDetail = Outputs["calls"]["get"];
export type CallTimelineEntry = CallDetail["timeline"][number];
export type CallFilterOptions = Outputs["calls"]["filterOptions"];
