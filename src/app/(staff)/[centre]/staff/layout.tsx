import { StaffShell } from "@/features/account/components/staff-shell";
import { requireActor, requireCentre } from "@/server/page-guard";

export default async function CentreStaffLayout({ children, params }: { children: React.ReactNode; params: Promise<{ centre: string }> }) {
  const { centre: slug } = await params;
  const centre = await requireCentre(slug);
  const actor = await requireActor();
  const base = `/${centre.slug}/staff`;
  const role = centre.role;
  const manages = role === "ADMIN" || role === "COORDINATOR";
  const keepsClients = role === "ADMIN" || role === "SOCIAL_WORKER";
  const nav = [
    { href: base, label: "Start" },
    ...(role === "SOCIAL_WORKER" ? [{ href: `${base}/caseload`, label: "Moje sprawy" }] : []),
    ...(keepsClients ? [{ href: `${base}/clients`, label: "Klienci" }] : []),
    ...(manages ? [{ href: `${base}/referrals`, label: "Skierowania" }] : []),
    ...(manages
      ? [
          { href: `${base}/kis`, label: "KIS" },
          { href: `${base}/offers`, label: "Oferta" },
          { href: `${base}/volunteers`, label: "Wolontariusze" },
          { href: `${base}/volunteering`, label: "Zadania wolontariuszy" },
          { href: `${base}/venues`, label: "Miejsca" },
          { href: `${base}/inbox`, label: "Wiadomości" },
        ]
      : []),
    ...(role === "VOLUNTEER" ? [{ href: `${base}/my-tasks`, label: "Moje zadania" }] : []),
    ...(role === "ADMIN"
      ? [
          { href: `${base}/team`, label: "Zespół" },
          { href: `${base}/accessibility`, label: "Deklaracja dostępności" },
        ]
      : []),
  ];
  return (
    <StaffShell userName={actor.name} home={base} title={centre.shortName} nav={nav}>
      {children}
    </StaffShell>
  );
}
