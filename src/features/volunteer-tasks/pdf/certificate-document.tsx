// Zaświadczenie o wykonywaniu świadczeń przez wolontariusza (art. 44 ust. 4 ustawy o działalności
// pożytku publicznego i o wolontariacie): who, for whom, in what period, what, and how many hours,
// from approved records only.
import { Document, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import { PDF_FONT } from "@/features/contracts/pdf/fonts";

export type CertificateData = {
  centre: { name: string; address: string; city: string };
  issuedOn: string;
  volunteer: string;
  period: { from: string; to: string };
  totalHours: string;
  rows: { date: string; what: string; programme: string; hours: string }[];
  programmes: string[];
};

const s = StyleSheet.create({
  page: { fontFamily: PDF_FONT, fontSize: 10, paddingTop: 40, paddingBottom: 56, paddingHorizontal: 48, color: "#111" },
  top: { flexDirection: "row", justifyContent: "space-between", marginBottom: 28 },
  small: { fontSize: 9, lineHeight: 1.4 },
  title: { fontSize: 15, lineHeight: 1.4, fontWeight: "bold", textAlign: "center", marginBottom: 16 },
  para: { fontSize: 10, lineHeight: 1.5, marginBottom: 8 },
  bold: { fontWeight: "bold" },
  table: { borderWidth: 1, borderColor: "#111", marginTop: 6, marginBottom: 12 },
  row: { flexDirection: "row", borderTopWidth: 1, borderColor: "#111" },
  head: { flexDirection: "row", backgroundColor: "#eee" },
  cell: { padding: 4, fontSize: 9, lineHeight: 1.4 },
  signature: { width: "45%", marginLeft: "55%", marginTop: 48 },
  line: { borderBottomWidth: 1, borderColor: "#111", height: 28, marginBottom: 3 },
  footer: { position: "absolute", bottom: 24, left: 48, right: 48, fontSize: 8, color: "#444", textAlign: "center" },
});

const COLS = [
  { title: "Data", width: "18%" },
  { title: "Zadanie", width: "40%" },
  { title: "Program", width: "30%" },
  { title: "Godziny", width: "12%" },
];

export function CertificateDocument({ d }: { d: CertificateData }) {
  return (
    <Document title={`Zaświadczenie – ${d.volunteer}`} language="pl">
      <Page size="A4" style={s.page}>
        <View style={s.top}>
          <View style={{ width: "55%" }}>
            <Text style={s.small}>{d.centre.name}</Text>
            <Text style={s.small}>{d.centre.address}</Text>
          </View>
          <Text style={s.small}>
            {d.centre.city}, {d.issuedOn}
          </Text>
        </View>
        <Text style={s.title}>ZAŚWIADCZENIE O WYKONYWANIU ŚWIADCZEŃ PRZEZ WOLONTARIUSZA</Text>
        <Text style={s.para}>
          Zaświadcza się, że Pani/Pan <Text style={s.bold}>{d.volunteer}</Text> w okresie od {d.period.from} do {d.period.to} wykonywał(a) nieodpłatnie
          świadczenia jako wolontariusz na rzecz {d.centre.name} w łącznym wymiarze <Text style={s.bold}>{d.totalHours}</Text> godzin.
        </Text>
        {d.programmes.length ? <Text style={s.para}>Świadczenia w ramach: {d.programmes.join("; ")}.</Text> : null}
        <Text style={s.para}>Zakres wykonywanych świadczeń:</Text>
        <View style={s.table}>
          <View style={s.head} fixed>
            {COLS.map((c) => (
              <Text key={c.title} style={[s.cell, s.bold, { width: c.width }]}>
                {c.title}
              </Text>
            ))}
          </View>
          {d.rows.map((r, i) => (
            <View key={i} style={s.row} wrap={false}>
              <Text style={[s.cell, { width: COLS[0].width }]}>{r.date}</Text>
              <Text style={[s.cell, { width: COLS[1].width }]}>{r.what}</Text>
              <Text style={[s.cell, { width: COLS[2].width }]}>{r.programme}</Text>
              <Text style={[s.cell, { width: COLS[3].width }]}>{r.hours}</Text>
            </View>
          ))}
        </View>
        <Text style={s.para}>
          Zaświadczenie wydaje się na wniosek wolontariusza (art. 44 ust. 4 ustawy o działalności pożytku publicznego i o wolontariacie).
        </Text>
        <View style={s.signature} wrap={false}>
          <View style={s.line} />
          <Text style={s.small}>podpis i pieczęć osoby upoważnionej</Text>
        </View>
        <Text style={s.footer} fixed render={({ pageNumber, totalPages }) => `Zaświadczenie – ${d.volunteer} · strona ${pageNumber} z ${totalPages}`} />
      </Page>
    </Document>
  );
}
