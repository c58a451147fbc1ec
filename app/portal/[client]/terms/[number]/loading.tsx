import { TermsSkeleton } from "@/app/_components/terms/terms-skeleton";

export default function Loading() {
  return <TermsSkeleton withPreview />;
}
