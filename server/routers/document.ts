import { router } from "../trpc/init";

export const documentRouter = router({});
