import { router } from "../trpc/init";

export const clientRouter = router({});
