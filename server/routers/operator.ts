import { router } from "../trpc/init";

export const operatorRouter = router({});
