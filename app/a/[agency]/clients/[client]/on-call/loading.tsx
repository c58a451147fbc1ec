import { OnCallSkeleton } from "@/app/_components/on-call/on-call-skeleton";

export default OnCallSkeleton;
