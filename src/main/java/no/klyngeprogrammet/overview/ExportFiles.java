package no.klyngeprogrammet.overview;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import no.klyngeprogrammet.config.NorwegianFormat;
import no.klyngeprogrammet.scoring.Criterion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the council's export as XLSX (Apache POI) and as CSV the way Norwegian spreadsheets read
 * it: semicolons between fields, decimal commas, UTF-8 with a byte-order mark.
 */
final class ExportFiles {

  /** The budget line puts the level's budget under "Gjenstående budsjett": what is left before the first row. */
  static final int BUDGET_COLUMN = 4 + Criterion.values().length + 4;

  private ExportFiles() {}

  static byte[] xlsx(String title, List<CouncilExport.LevelSection> sections) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Innstilling");
      CellStyle decimal = workbook.createCellStyle();
      decimal.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
      CellStyle kroner = workbook.createCellStyle();
      kroner.setDataFormat(workbook.createDataFormat().getFormat("#,##0 \"kr\""));
      CellStyle wrap = workbook.createCellStyle();
      wrap.setWrapText(true);
      var bold = workbook.createFont();
      bold.setBold(true);
      CellStyle heading = workbook.createCellStyle();
      heading.setFont(bold);
      int r = 0;
      sheet.createRow(r++).createCell(0).setCellValue(title);
      Row headings = sheet.createRow(r++);
      for (int i = 0; i < CouncilExport.HEADINGS.size(); i++) {
        headings.createCell(i).setCellValue(CouncilExport.HEADINGS.get(i));
        headings.getCell(i).setCellStyle(heading);
      }
      for (CouncilExport.LevelSection section : sections) {
        Row budget = sheet.createRow(r++);
        budget.createCell(0).setCellValue(section.level().displayName());
        budget.createCell(3).setCellValue("Budsjett per år");
        budget.createCell(BUDGET_COLUMN).setCellValue(section.budget());
        budget.getCell(BUDGET_COLUMN).setCellStyle(kroner);
        for (CouncilExport.Line line : section.lines()) {
          Row row = sheet.createRow(r++);
          int c = 0;
          row.createCell(c++).setCellValue(section.level().displayName());
          row.createCell(c++).setCellValue(line.rank());
          row.createCell(c++).setCellValue(line.caseNumber());
          row.createCell(c++).setCellValue(line.clusterName());
          for (Criterion criterion : Criterion.values()) {
            row.createCell(c).setCellValue(line.scores().get(criterion).doubleValue());
            row.getCell(c++).setCellStyle(decimal);
          }
          row.createCell(c).setCellValue(line.total().doubleValue());
          row.getCell(c++).setCellStyle(decimal);
          row.createCell(c++).setCellValue(line.passes() ? "Ja" : "Nei");
          row.createCell(c).setCellValue(line.requested());
          row.getCell(c++).setCellStyle(kroner);
          row.createCell(c++).setCellValue(line.funded() ? "Ja" : "Nei");
          row.createCell(c).setCellValue(line.budgetLeft());
          row.getCell(c++).setCellStyle(kroner);
          row.createCell(c++).setCellValue(line.consensus());
          row.createCell(c).setCellValue(line.justifications());
          row.getCell(c++).setCellStyle(wrap);
          row.createCell(c).setCellValue(line.registerChanges());
          row.getCell(c).setCellStyle(wrap);
        }
      }
      // Fixed widths: measuring text would need the fonts of a desktop, which a server may lack
      int justifications = CouncilExport.HEADINGS.size() - 2;
      for (int i = 0; i < justifications; i++) {
        sheet.setColumnWidth(i, (i == 3 || i == justifications - 1 ? 40 : 16) * 256);
      }
      sheet.setColumnWidth(justifications, 100 * 256);
      sheet.setColumnWidth(justifications + 1, 60 * 256);
      sheet.createFreezePane(4, 2);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] csv(List<CouncilExport.LevelSection> sections) {
    NumberFormat decimal = NumberFormat.getNumberInstance(NorwegianFormat.BOKMAL);
    decimal.setMinimumFractionDigits(2);
    decimal.setMaximumFractionDigits(2);
    decimal.setGroupingUsed(false);
    StringBuilder csv = new StringBuilder("\uFEFF");
    csv.append(String.join(";", CouncilExport.HEADINGS)).append("\r\n");
    for (CouncilExport.LevelSection section : sections) {
      List<String> budget = new ArrayList<>(java.util.Collections.nCopies(CouncilExport.HEADINGS.size(), ""));
      budget.set(0, section.level().displayName());
      budget.set(3, "Budsjett per år");
      budget.set(BUDGET_COLUMN, Long.toString(section.budget()));
      csv.append(String.join(";", budget.stream().map(ExportFiles::field).toList())).append("\r\n");
      for (CouncilExport.Line line : section.lines()) {
        List<String> fields = new ArrayList<>(List.of(section.level().displayName(), Integer.toString(line.rank()),
            line.caseNumber(), line.clusterName()));
        for (Criterion criterion : Criterion.values()) {
          fields.add(decimal.format(line.scores().get(criterion)));
        }
        fields.addAll(List.of(decimal.format(line.total()), line.passes() ? "Ja" : "Nei",
            Long.toString(line.requested()), line.funded() ? "Ja" : "Nei", Long.toString(line.budgetLeft()),
            line.consensus(), line.justifications(), line.registerChanges()));
        csv.append(String.join(";", fields.stream().map(ExportFiles::field).toList())).append("\r\n");
      }
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Quoted when it holds a separator, a quote or a line break; a leading formula sign is defused. */
  static String field(String value) {
    String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?[0-9 ,]+")
        ? "'" + value : value;
    if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
      return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
    return safe;
  }
}
