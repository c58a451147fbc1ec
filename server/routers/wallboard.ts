import { router } from "../trpc/init";

export const wallboardRouter = router({});
