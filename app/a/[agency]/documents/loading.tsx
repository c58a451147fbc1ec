import { DocumentsSkeleton } from "@/app/_components/documents/documents-skeleton";

export default function Loading() {
  return <DocumentsSkeleton withPageHeader />;
}
