import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { VolunteerForm } from "@/features/volunteers/components/volunteer-form";
import { getVolunteer, volunteerStrands } from "@/features/volunteers/data";
import { savedVolunteerValues } from "@/features/volunteers/form-values";
import { volunteersPolicy } from "@/features/volunteers/policy";
import { requireCentre } from "@/server/page-guard";

export const metadata: Metadata = { title: "Zmiana danych wolontariusza" };

export default async function EditVolunteerPage({ params }: { params: Promise<{ centre: string; volunteerId: string }> }) {
  const { centre: slug, volunteerId } = await params;
  const centre = await requireCentre(slug, volunteersPolicy.manage);
  const [volunteer, strands] = await Promise.all([getVolunteer(centre, volunteerId), volunteerStrands(centre)]);
  if (!volunteer) notFound();
  const here = `/${centre.slug}/staff/volunteers/${volunteer.id}`;
  return (
    <>
      <p className="mb-6">
        <Link href={here} className="text-blue-800 underline">
          Wróć do strony wolontariusza
        </Link>
      </p>
      <PageHeader title="Zmiana danych wolontariusza" caption={`${volunteer.firstName} ${volunteer.lastName}`} />
      <VolunteerForm volunteerId={volunteer.id} initial={savedVolunteerValues(volunteer)} strands={strands} />
    </>
  );
}
