package org.parley.eval;

import java.util.List;

/**
 * How one suite record came out.
 *
 * @param id         record id
 * @param kind       its kind
 * @param category   its category
 * @param scored     whether it counts (control records, unchecked records and inapplicable errors do not)
 * @param right      whether Parley's output is exactly the expected answer
 * @param expected   the expected events ({@code SRC>TGT:CODE}) or actor codes
 * @param produced   what Parley produced, in the same form
 * @param note       why a record is not scored, or what went wrong
 */
public record SuiteResult(String id, SuiteRecord.Kind kind, String category, boolean scored, boolean right,
                          List<String> expected, List<String> produced, String note) {
    public SuiteResult {
        expected = List.copyOf(expected);
        produced = List.copyOf(produced);
    }
}
