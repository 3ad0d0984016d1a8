// The yearly report laid out for printing and signing: the centre, the year, the tables as on the
// page, and the place for the date and the head of the centre's signature.
import { Document, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import { PDF_FONT } from "@/features/contracts/pdf/fonts";
import type { ReportTable } from "../yearly-tables";

const s = StyleSheet.create({
  page: { fontFamily: PDF_FONT, fontSize: 9, paddingTop: 36, paddingBottom: 52, paddingHorizontal: 40, color: "#111" },
  centre: { fontSize: 10, lineHeight: 1.4, marginBottom: 10 },
  title: { fontSize: 14, lineHeight: 1.4, fontWeight: "bold", marginBottom: 2 },
  subtitle: { fontSize: 9, lineHeight: 1.4, color: "#333", marginBottom: 8 },
  heading: { fontSize: 10.5, lineHeight: 1.4, fontWeight: "bold", marginTop: 12, marginBottom: 2 },
  note: { fontSize: 8, lineHeight: 1.4, color: "#333", marginBottom: 3 },
  table: { borderWidth: 1, borderColor: "#111" },
  row: { flexDirection: "row", borderTopWidth: 1, borderColor: "#111" },
  headRow: { flexDirection: "row", backgroundColor: "#eee" },
  first: { flex: 3, padding: 3, fontSize: 8.5, lineHeight: 1.3 },
  cell: { flex: 1, padding: 3, fontSize: 8.5, lineHeight: 1.3, borderLeftWidth: 1, borderColor: "#111", textAlign: "right" },
  headCell: { flex: 1, padding: 3, fontSize: 8, lineHeight: 1.3, borderLeftWidth: 1, borderColor: "#111", fontWeight: "bold" },
  headFirst: { flex: 3, padding: 3, fontSize: 8, lineHeight: 1.3, fontWeight: "bold" },
  signature: { marginTop: 36, flexDirection: "row", justifyContent: "space-between" },
  line: { width: "40%", borderTopWidth: 1, borderColor: "#111", paddingTop: 3, fontSize: 8, lineHeight: 1.3, textAlign: "center" },
  footer: { position: "absolute", bottom: 22, left: 40, right: 40, fontSize: 7.5, color: "#444", textAlign: "center" },
});

function Table({ t }: { t: ReportTable }) {
  return (
    <View>
      <Text style={s.heading} minPresenceAhead={60}>
        {t.title}
      </Text>
      {t.note ? <Text style={s.note}>{t.note}</Text> : null}
      <View style={s.table}>
        <View style={s.headRow} wrap={false}>
          {t.columns.map((c, i) => (
            <Text key={c} style={i === 0 ? s.headFirst : s.headCell}>
              {c}
            </Text>
          ))}
        </View>
        {t.rows.map((row, r) => (
          <View key={r} style={s.row} wrap={false}>
            {row.map((cell, i) => (
              // Text columns (the first, and e.g. a topic) read left; numbers right.
              <Text key={i} style={i === 0 ? s.first : typeof cell === "number" || /^\d+(,\d+)?$/.test(cell) ? s.cell : { ...s.cell, textAlign: "left" }}>
                {String(cell)}
              </Text>
            ))}
          </View>
        ))}
      </View>
    </View>
  );
}

export function ReportDocument({ title, centreName, generatedOn, tables }: { title: string; centreName: string; generatedOn: string; tables: ReportTable[] }) {
  return (
    <Document title={title} author={centreName} language="pl">
      <Page size="A4" style={s.page}>
        <Text style={s.centre}>{centreName}</Text>
        <Text style={s.title}>{title}</Text>
        <Text style={s.subtitle}>
          Informacja, o której mowa w art. 18a ust. 6 ustawy z dnia 13 czerwca 2003 r. o zatrudnieniu socjalnym, wraz z danymi do statystyki KIS. Stan na{" "}
          {generatedOn}.
        </Text>
        {tables.map((t) => (
          <Table key={t.id} t={t} />
        ))}
        <View style={s.signature} wrap={false}>
          <Text style={s.line}>miejscowość i data</Text>
          <Text style={s.line}>podpis kierownika ośrodka</Text>
        </View>
        <Text style={s.footer} render={({ pageNumber, totalPages }) => `${title} · strona ${pageNumber} z ${totalPages}`} fixed />
      </Page>
    </Document>
  );
}
