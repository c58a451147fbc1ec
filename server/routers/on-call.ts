import { router } from "../trpc/init";

export const onCallRouter = router({});
