import nodemailer, { type Transporter } from "nodemailer";
import { env } from "../env";

export type Mail = { to: string; subject: string; text: string; html: string; messageId?: string; headers?: Record<string, string> };

let transport: Transporter | undefined;

/**
 * The e-mail port: SMTP through nodemailer at SMTP_URL. `npm start` runs a local sink (maildev) and sets
 * SMTP_URL to it when none is configured, so a demo user can read what was sent.
 */
export async function sendMail(mail: Mail): Promise<string> {
  const url = env().SMTP_URL;
  if (!url) throw new Error("SMTP_URL is not set: cannot send e-mail");
  transport ??= nodemailer.createTransport(url);
  const info = await transport.sendMail({ from: env().MAIL_FROM, ...mail });
  return info.messageId;
}
