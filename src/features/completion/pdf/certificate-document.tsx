// The certificate of participation in a KIS (art. 18 ust. 5a of the social employment act): one A4
// page with the centre's letterhead, the number, the person, the edition and period, the activities
// attended and a place for the signature and stamp.
import { Document, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import { PDF_FONT } from "@/features/contracts/pdf/fonts";
import type { CertificateData } from "./certificate-data";

const s = StyleSheet.create({
  page: { fontFamily: PDF_FONT, fontSize: 11, paddingTop: 40, paddingBottom: 56, paddingHorizontal: 56, color: "#111" },
  txt: { fontSize: 11, lineHeight: 1.5 },
  top: { flexDirection: "row", justifyContent: "space-between", marginBottom: 36 },
  bold: { fontWeight: "bold" },
  small: { fontSize: 9, lineHeight: 1.4, color: "#444" },
  title: { fontSize: 18, lineHeight: 1.4, fontWeight: "bold", textAlign: "center" },
  number: { fontSize: 12, lineHeight: 1.4, textAlign: "center", marginBottom: 24 },
  para: { fontSize: 11, lineHeight: 1.5, marginBottom: 8 },
  name: { fontSize: 15, lineHeight: 1.4, fontWeight: "bold", textAlign: "center", marginVertical: 10 },
  heading: { fontSize: 11, lineHeight: 1.4, fontWeight: "bold", marginTop: 12, marginBottom: 4 },
  item: { flexDirection: "row", marginBottom: 2 },
  bullet: { width: 18, fontSize: 11, lineHeight: 1.4 },
  grow: { flex: 1, fontSize: 11, lineHeight: 1.4 },
  signature: { width: "45%", marginTop: 48, alignSelf: "flex-end" },
  line: { borderBottomWidth: 1, borderColor: "#111", height: 36, marginBottom: 3 },
  footer: { position: "absolute", bottom: 24, left: 56, right: 56, fontSize: 8, color: "#444", textAlign: "center" },
});

const sessionsWord = (n: number) => (n === 1 ? "spotkanie" : [2, 3, 4].includes(n % 10) && ![12, 13, 14].includes(n % 100) ? "spotkania" : "spotkań");

export function CertificateDocument({ data: d }: { data: CertificateData }) {
  return (
    <Document title={`Zaświadczenie nr ${d.number}`} author={d.centre.name} language="pl">
      <Page size="A4" style={s.page}>
        <View style={s.top}>
          <View style={{ width: "60%" }}>
            <Text style={[s.txt, s.bold]}>{d.centre.name}</Text>
            <Text style={s.txt}>{d.centre.address}</Text>
          </View>
          <Text style={s.txt}>
            {d.place}, {d.issuedOn}
          </Text>
        </View>
        <Text style={s.title}>ZAŚWIADCZENIE</Text>
        <Text style={s.title}>o uczestnictwie w Klubie Integracji Społecznej</Text>
        <Text style={s.number}>nr {d.number}</Text>
        <Text style={s.para}>Na podstawie art. 18 ust. 5a ustawy z dnia 13 czerwca 2003 r. o zatrudnieniu socjalnym zaświadcza się, że</Text>
        <Text style={s.name}>{d.participant}</Text>
        <Text style={s.para}>
          {d.participated} w zajęciach: {d.edition} ({d.editionPeriod}), prowadzonych przez {d.centre.name}, w okresie od {d.period.start} do {d.period.end}.
        </Text>
        <Text style={s.heading} minPresenceAhead={40}>
          Zajęcia z odnotowaną obecnością
        </Text>
        {d.activities.length === 0 ? (
          <Text style={s.para}>Brak zajęć z odnotowaną obecnością.</Text>
        ) : (
          <View>
            {d.activities.map((a, i) => (
              <View key={i} style={s.item} wrap={false}>
                <Text style={s.bullet}>{i + 1}.</Text>
                <Text style={s.grow}>
                  {a.topic}
                  {a.leader ? ` (${a.leader})` : ""} – {a.sessions} {sessionsWord(a.sessions)}
                </Text>
              </View>
            ))}
            <Text style={[s.para, { marginTop: 6 }]}>
              Łącznie: {d.totals.sessions} {sessionsWord(d.totals.sessions)}, {String(d.totals.hours).replace(".", ",")} godz.
            </Text>
          </View>
        )}
        <View style={s.signature} wrap={false}>
          <View style={s.line} />
          <Text style={s.small}>pieczęć i podpis kierownika ośrodka lub koordynatora KIS</Text>
        </View>
        <Text style={s.footer} fixed render={({ pageNumber, totalPages }) => `Zaświadczenie nr ${d.number} · strona ${pageNumber} z ${totalPages}`} />
      </Page>
    </Document>
  );
}
