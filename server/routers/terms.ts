import { router } from "../trpc/init";

export const termsRouter = router({});
