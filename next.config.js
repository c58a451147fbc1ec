// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Prisma driver adapter and pg must stay real Node modules, not bundled.
  serverExternalPackages: ["@prisma/adapter-pg", "pg", "@node-rs/argon2", "pg-boss", "nodemailer", "pino"],
  poweredByHeader: false,
  // `npm run dev` opened at 127.0.0.1 instead of localhost must still get hot reload.
  allowedDevOrigins: ["127.0.0.1"],
  // The e2e tests and benchmarks build into their own directory, so they never pull a build from under a
  // running `npm start`.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  typescript: { ignoreBuildErrors: true }, // `npm test` runs tsc itself; the build need not do it twice
};

module.exports = withNextIntl(nextConfig);
