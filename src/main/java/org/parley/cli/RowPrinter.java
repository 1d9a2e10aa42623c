package org.parley.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.parley.export.OutputFormat;

/** Prints rows of plain values (numbers, booleans, text, null) as an aligned table, CSV or JSON Lines. */
final class RowPrinter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RowPrinter() {
    }

    static void print(PrintWriter out, OutputFormat format, List<String> columns, List<List<Object>> rows) {
        switch (format) {
            case TABLE -> table(out, columns, rows);
            case CSV -> csv(out, columns, rows);
            case JSONL -> jsonl(out, columns, rows);
        }
        out.flush();
    }

    private static void table(PrintWriter out, List<String> columns, List<List<Object>> rows) {
        int[] width = new int[columns.size()];
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            width[i] = columns.get(i).length();
        }
        for (List<Object> row : rows) {
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                String t = text(row.get(i)).replace('\n', ' ').replace('\r', ' ');
                width[i] = Math.max(width[i], t.length());
                texts.add(t);
            }
            cells.add(texts);
        }
        out.println(line(columns, width, null));
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < width.length; i++) {
            rule.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
        }
        out.println(rule);
        for (int r = 0; r < cells.size(); r++) {
            out.println(line(cells.get(r), width, rows.get(r)));
        }
    }

    private static String line(List<String> cells, int[] width, List<Object> values) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            boolean right = values != null && values.get(i) instanceof Number;
            boolean last = i == cells.size() - 1;
            b.append(i == 0 ? "" : "  ");
            if (right) {
                b.append(" ".repeat(width[i] - c.length())).append(c);
            } else {
                b.append(c);
                if (!last) {
                    b.append(" ".repeat(width[i] - c.length()));
                }
            }
        }
        return b.toString().stripTrailing();
    }

    private static void csv(PrintWriter out, List<String> columns, List<List<Object>> rows) {
        out.print(csvLine(new ArrayList<>(columns)));
        for (List<Object> row : rows) {
            out.print(csvLine(row));
        }
    }

    private static String csvLine(List<?> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String t = cells.get(i) == null ? "" : cells.get(i).toString();
            if (i > 0) {
                b.append(',');
            }
            if (t.indexOf(',') >= 0 || t.indexOf('"') >= 0 || t.indexOf('\n') >= 0 || t.indexOf('\r') >= 0) {
                b.append('"').append(t.replace("\"", "\"\"")).append('"');
            } else {
                b.append(t);
            }
        }
        return b.append("\r\n").toString();
    }

    private static void jsonl(PrintWriter out, List<String> columns, List<List<Object>> rows) {
        for (List<Object> row : rows) {
            ObjectNode o = JSON.createObjectNode();
            for (int i = 0; i < columns.size(); i++) {
                Object v = row.get(i);
                String k = columns.get(i);
                if (v == null) {
                    o.putNull(k);
                } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
                    o.put(k, ((Number) v).longValue());
                } else if (v instanceof BigInteger n) {
                    o.put(k, n);
                } else if (v instanceof BigDecimal n) {
                    o.put(k, n);
                } else if (v instanceof Number n) {
                    o.put(k, n.doubleValue());
                } else if (v instanceof Boolean bool) {
                    o.put(k, bool);
                } else if (v instanceof List<?> list) {
                    o.set(k, JSON.valueToTree(list.stream().map(x -> x == null ? null : x.toString()).toList()));
                } else {
                    o.put(k, v.toString());
                }
            }
            try {
                out.println(JSON.writeValueAsString(o));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static String text(Object v) {
        if (v == null) {
            return "NULL";
        }
        if (v instanceof Double d) {
            return String.format(java.util.Locale.ROOT, "%.2f", d);
        }
        if (v instanceof Float f) {
            return String.format(java.util.Locale.ROOT, "%.2f", f);
        }
        return v.toString();
    }
}
