import { LocalisedNotFound } from "@/features/i18n/components/localised-not-found";

export default function PublicNotFound() {
  return <LocalisedNotFound />;
}
