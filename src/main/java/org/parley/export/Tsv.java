package org.parley.export;

import java.util.List;

/** Tab-separated rows: tabs and line breaks inside a cell become spaces, since the format cannot quote them. */
final class Tsv {
    private Tsv() {
    }

    static String row(List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append('\t');
            }
            b.append(cells.get(i).replace('\t', ' ').replace('\r', ' ').replace('\n', ' '));
        }
        return b.append('\n').toString();
    }
}
