"use client";

import { OnCallError } from "@/app/_components/on-call/on-call-error";

export default OnCallError;
