package org.sgbridge.report;

import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Rows of a DOCX table, for the reports' long tables. */
final class DocxTables {

	private DocxTables() {
	}

	/**
	 * Writes a row: the first into the row a new table starts with, each other appended. Appended here
	 * rather than by {@code XWPFTable.createRow()}, which counts the table's rows each time (the Council
	 * report's annex of 10,000 rows spent most of its two seconds counting). A row has as many cells as
	 * the first, the missing ones empty.
	 */
	static void row(XWPFTable table, boolean first, List<String> cells) {
		if (first) {
			XWPFTableRow row = table.getRow(0);
			for (int i = 0; i < cells.size(); i++) {
				(i == 0 ? row.getCell(0) : row.addNewTableCell()).setText(cells.get(i));
			}
			return;
		}
		XWPFTableRow row = new XWPFTableRow(table.getCTTbl().addNewTr(), table);
		// The first row from the list: getRow(0) counts the rows as well.
		int columns = Math.max(cells.size(), table.getRows().get(0).getTableCells().size());
		for (int i = 0; i < columns; i++) {
			var cell = row.createCell();
			if (i < cells.size()) {
				cell.setText(cells.get(i));
			}
		}
	}
}
