import { router } from "../trpc/init";

export const deskRouter = router({});
