// The contract laid out like the template of the 2010 regulation (rozporządzenie MPiPS z dnia
// 8 listopada 2010 r. w sprawie wzoru kontraktu socjalnego): the centre and date, the parties, the
// assessment, goals, actions as a table, the period, the art. 11 statement and the signature lines.
import { Document, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import { ART_11 } from "../labels";
import { PDF_FONT } from "./fonts";
import type { ContractPdfData } from "./pdf-data";

const s = StyleSheet.create({
  page: { fontFamily: PDF_FONT, fontSize: 10, paddingTop: 40, paddingBottom: 56, paddingHorizontal: 48, color: "#111" },
  // Line height (with the size) on each text, not on the page or a view: a page-number text that
  // inherits a line height is not drawn, and a multiplier is taken relative to the size set on the
  // same text, not an inherited one (react-pdf 4.9).
  txt: { fontSize: 10, lineHeight: 1.4 },
  top: { flexDirection: "row", justifyContent: "space-between", marginBottom: 18 },
  centre: { width: "55%" },
  small: { fontSize: 8, lineHeight: 1.4, color: "#444" },
  title: { fontSize: 15, lineHeight: 1.4, fontWeight: "bold", textAlign: "center", marginBottom: 4 },
  subtitle: { fontSize: 10, lineHeight: 1.4, textAlign: "center", marginBottom: 12 },
  heading: { fontSize: 11, lineHeight: 1.4, fontWeight: "bold", marginTop: 12, marginBottom: 4 },
  label: { fontWeight: "bold" },
  para: { fontSize: 10, lineHeight: 1.4, marginBottom: 4 },
  item: { flexDirection: "row", marginBottom: 2 },
  bullet: { width: 18, fontSize: 10, lineHeight: 1.4 },
  grow: { flex: 1, fontSize: 10, lineHeight: 1.4 },
  table: { borderWidth: 1, borderColor: "#111", marginTop: 4 },
  row: { flexDirection: "row", borderTopWidth: 1, borderColor: "#111" },
  headRow: { flexDirection: "row", backgroundColor: "#eee" },
  cell: { padding: 4, fontSize: 10, lineHeight: 1.4, borderLeftWidth: 1, borderColor: "#111" },
  firstCell: { padding: 4, fontSize: 10, lineHeight: 1.4 },
  signatures: { flexDirection: "row", flexWrap: "wrap", justifyContent: "space-between", marginTop: 36 },
  signature: { width: "45%", marginBottom: 28 },
  line: { borderBottomWidth: 1, borderColor: "#111", height: 28, marginBottom: 3 },
  footer: { position: "absolute", bottom: 24, left: 48, right: 48, fontSize: 8, color: "#444", textAlign: "center" },
});

const SUBTITLE = {
  A: "określający sposób współdziałania między osobą/rodziną a pracownikiem socjalnym w zakresie rozwiązywania trudnej sytuacji życiowej",
  B: "określający sposób współdziałania między osobą a pracownikiem socjalnym w celu wzmocnienia aktywności i samodzielności życiowej, zawodowej lub przeciwdziałania wykluczeniu społecznemu",
} as const;

/** An empty field of the template stays a dotted line, to be filled in by hand. */
const orBlank = (text: string | null) => text ?? "……………………………………";

function Heading({ children }: { children: ReactNode }) {
  return (
    <Text style={s.heading} minPresenceAhead={40}>
      {children}
    </Text>
  );
}

function Numbered({ items }: { items: string[] }) {
  return (
    <View>
      {items.map((text, i) => (
        <View key={i} style={s.item} wrap={false}>
          <Text style={s.bullet}>{i + 1}.</Text>
          <Text style={s.grow}>{text}</Text>
        </View>
      ))}
    </View>
  );
}

function Labelled({ label, text }: { label: string; text: string | null }) {
  return (
    <Text style={s.para}>
      <Text style={s.label}>{label}: </Text>
      {orBlank(text)}
    </Text>
  );
}

const COLUMNS = [
  { title: "Lp.", width: "7%" },
  { title: "Działanie", width: "50%" },
  { title: "Kto odpowiada", width: "25%" },
  { title: "Termin realizacji", width: "18%" },
] as const;

function ActionsTable({ actions }: { actions: ContractPdfData["actions"] }) {
  const cell = (i: number) => [i === 0 ? s.firstCell : s.cell, { width: COLUMNS[i].width }];
  return (
    <View style={s.table}>
      <View style={s.headRow} fixed>
        {COLUMNS.map((c, i) => (
          <Text key={c.title} style={[...cell(i), s.label]}>
            {c.title}
          </Text>
        ))}
      </View>
      {actions.map((a, n) => (
        <View key={n} style={s.row} wrap={false}>
          <Text style={cell(0)}>{n + 1}.</Text>
          <Text style={cell(1)}>
            {a.description}
            {a.goal ? ` (cel ${a.goal})` : ""}
          </Text>
          <Text style={cell(2)}>{a.who}</Text>
          <Text style={cell(3)}>{a.deadline}</Text>
        </View>
      ))}
    </View>
  );
}

function Signature({ label }: { label: string }) {
  return (
    <View style={s.signature} wrap={false}>
      <View style={s.line} />
      <Text style={s.small}>{label}</Text>
    </View>
  );
}

export function ContractDocument({ data: d }: { data: ContractPdfData }) {
  return (
    <Document title={`Kontrakt socjalny nr ${d.number}`} author={d.centre.name} language="pl">
      <Page size="A4" style={s.page}>
        <View style={s.top}>
          <View style={s.centre}>
            <Text style={[s.txt, s.label]}>{d.centre.name}</Text>
            <Text style={s.txt}>{d.centre.address}</Text>
          </View>
          <View>
            <Text style={s.small}>Data zawarcia kontraktu socjalnego</Text>
            <Text style={s.txt}>{orBlank(d.concludedOn)}</Text>
          </View>
        </View>

        <Text style={s.title}>KONTRAKT SOCJALNY nr {d.number}</Text>
        <Text style={s.subtitle}>{SUBTITLE[d.variant]}</Text>
        <Text style={s.para}>
          <Text style={s.label}>Data i miejsce zawarcia: </Text>
          {orBlank(d.concludedOn)}, {orBlank(d.place)}
        </Text>

        <Heading>Strony kontraktu</Heading>
        <Text style={s.para}>
          <Text style={s.label}>Klient: </Text>
          {d.client.title}
          {d.client.address ? `, ${d.client.livesAt}: ${d.client.address}` : ""}
        </Text>
        {d.family.length ? (
          <View style={s.para}>
            <Text style={[s.txt, s.label]}>Członkowie rodziny:</Text>
            <Numbered items={d.family.map((f) => `${f.name} – ${f.role}`)} />
          </View>
        ) : null}
        <Text style={s.para}>
          <Text style={s.label}>Pracownik socjalny: </Text>
          {d.socialWorker}, {d.centre.name}
        </Text>
        {d.institutions.length ? (
          <View style={s.para}>
            <Text style={[s.txt, s.label]}>Instytucje współdziałające:</Text>
            <Numbered items={d.institutions} />
          </View>
        ) : null}
        {d.labourOfficeReferral ? <Labelled label="Skierowanie z powiatowego urzędu pracy" text={d.labourOfficeReferral} /> : null}

        <Heading>I. Ocena sytuacji {d.variant === "A" ? "życiowej osoby/rodziny" : "osoby"}</Heading>
        <Labelled label={d.variant === "A" ? "Przyczyny trudnej sytuacji życiowej" : "Przyczyny sytuacji"} text={d.causes} />
        <Labelled label="Zasoby i możliwości" text={d.resources} />
        <Labelled label="Ograniczenia" text={d.limitations} />

        <Heading>II. Cele</Heading>
        <Labelled label="Cel główny" text={d.mainGoal} />
        <Text style={[s.txt, s.label]}>Cele szczegółowe:</Text>
        <Numbered items={d.goals} />

        <Heading>III. Działania stron kontraktu</Heading>
        <ActionsTable actions={d.actions} />

        <Heading>IV. Okres obowiązywania</Heading>
        <Text style={s.para}>
          Kontrakt zawarto na okres od {d.period.start} do {d.period.end}.
        </Text>

        <View wrap={false}>
          <Heading>V. Pouczenie</Heading>
          <Text style={s.para}>Zgodnie z art. 11 ust. 2 ustawy z dnia 12 marca 2004 r. o pomocy społecznej: „{ART_11}”</Text>
          <Text style={s.para}>{d.client.acknowledgement}</Text>
        </View>

        <View style={s.signatures} wrap={false}>
          <Signature label={`podpis klienta: ${d.client.title}`} />
          <Signature label={`podpis pracownika socjalnego: ${d.socialWorker}`} />
          {d.family.map((f, i) => (
            <Signature key={i} label={`podpis członka rodziny: ${f.name}`} />
          ))}
        </View>

        <Text style={s.footer} fixed render={({ pageNumber, totalPages }) => `Kontrakt socjalny nr ${d.number} · strona ${pageNumber} z ${totalPages}`} />
      </Page>
    </Document>
  );
}
