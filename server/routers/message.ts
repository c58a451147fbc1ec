import { router } from "../trpc/init";

export const messageRouter = router({});
