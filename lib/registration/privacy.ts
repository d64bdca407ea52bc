/**
 * Version of the personal-data notice shown on the registration form (Law 91/2025/QH15,
 * Decree 356/2025/ND-CP). Stored with every consent: change it whenever the notice's text changes.
 */
export const PRIVACY_NOTICE_VERSION = "2025-09-v1";

/** How long personal data is kept after the Week ends, as stated in the notice. */
export const RETENTION_MONTHS = 12;
