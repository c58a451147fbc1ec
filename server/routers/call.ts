import { router } from "../trpc/init";

/** The agency's calls: list with filters and a call page with its timeline. */
export const callRouter = router({});
