"use client";

import { DocumentsError } from "@/app/_components/documents/documents-error";

export default DocumentsError;
