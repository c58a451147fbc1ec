"use client";

import { TermsError } from "@/app/_components/terms/terms-error";

export default TermsError;
