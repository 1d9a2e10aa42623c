package org.parley.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.parley.events.CameoTable;
import org.parley.model.ActorMention;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Article;
import org.parley.model.CodedEvent;
import org.parley.model.DateBasis;
import org.parley.model.Dependency;
import org.parley.model.EventDate;
import org.parley.model.Granularity;
import org.parley.model.MentionKind;
import org.parley.model.Sentence;

/**
 * A hand-annotated article dated 2025-12-27 about a Moon Jae-in-like former president, for tests of the stages
 * after {@code nlp}. Sentences are numbered as the annotator numbers them: the title is 0, the body starts at 1.
 *
 * <pre>
 * [0] Moon recalls Tokyo trip                      (only with a title)
 * [1] Moon Jae-in visited Tokyo in June 2019.      Moon -042-> Tokyo
 * [2] Seoul hosted Tokyo officials.                Seoul -043-> Tokyo officials
 * </pre>
 */
public final class MoonDocument {
    public static final LocalDate ARTICLE_DATE = LocalDate.of(2025, 12, 27);
    public static final String TITLE = "Moon recalls Tokyo trip";
    public static final String VISIT_SENTENCE = "Moon Jae-in visited Tokyo in June 2019.";
    public static final String HOST_SENTENCE = "Seoul hosted Tokyo officials.";

    public final Article article;
    public final AnnotatedDocument document;
    public final Sentence visitSentence;
    public final Sentence hostSentence;
    /** Moon Jae-in: KORGOV in office 2017-05-10..2022-05-09, KORELI from 2022-05-10. */
    public final ActorMention moon;
    public final ActorMention tokyo;
    public final ActorMention seoul;
    public final ActorMention tokyoOfficials;

    private MoonDocument(boolean titled) {
        article = new Article(titled ? "moon-titled" : "moon-untitled", ARTICLE_DATE, titled ? TITLE : "",
                VISIT_SENTENCE + " " + HOST_SENTENCE, "Test Wire", "", "test");
        List<Sentence> sentences = new ArrayList<>();
        if (titled) {
            sentences.add(HandBuilt.sentence(article, 0, TITLE).tags("NNP", "VBZ", "NNP", "NN")
                    .dep("nsubj", 1, 0).dep("root", Dependency.ROOT, 1).dep("compound", 3, 2).dep("obj", 1, 3)
                    .build());
        }
        // 0 Moon, 1 Jae-in, 2 visited, 3 Tokyo, 4 in, 5 June, 6 2019, 7 .
        visitSentence = HandBuilt.sentence(article, 1, VISIT_SENTENCE)
                .tags("NNP", "NNP", "VBD", "NNP", "IN", "NNP", "CD", ".")
                .dep("compound", 1, 0).dep("nsubj", 2, 1).dep("root", Dependency.ROOT, 2).dep("obj", 2, 3)
                .dep("case", 5, 4).dep("obl", 2, 5).dep("nummod", 5, 6).dep("punct", 2, 7)
                .build();
        // 0 Seoul, 1 hosted, 2 Tokyo, 3 officials, 4 .
        hostSentence = HandBuilt.sentence(article, 2, HOST_SENTENCE)
                .tags("NNP", "VBD", "NNP", "NNS", ".")
                .dep("nsubj", 1, 0).dep("root", Dependency.ROOT, 1).dep("compound", 3, 2).dep("obj", 1, 3)
                .dep("punct", 1, 4)
                .build();
        sentences.add(visitSentence);
        sentences.add(hostSentence);
        document = new AnnotatedDocument(article, sentences);
        moon = HandBuilt.mention(visitSentence, 0, 2, MentionKind.PERSON, "people:Moon Jae-in",
                HandBuilt.moonRoles());
        tokyo = HandBuilt.mention(visitSentence, 3, 4, MentionKind.CAPITAL, "JPNGOV");
        seoul = HandBuilt.mention(hostSentence, 0, 1, MentionKind.CAPITAL, "KORGOV");
        tokyoOfficials = HandBuilt.mention(hostSentence, 2, 4, MentionKind.GROUP, "JPNGOV");
    }

    /** The article with its title "Moon recalls Tokyo trip" as sentence 0. */
    public static MoonDocument titled() {
        return new MoonDocument(true);
    }

    /** The article without a title: the document's first sentence is sentence 1. */
    public static MoonDocument untitled() {
        return new MoonDocument(false);
    }

    public List<ActorMention> mentions() {
        return List.of(moon, tokyo, seoul, tokyoOfficials);
    }

    /** Moon visited Tokyo: 042, predicate "visited". */
    public CodedEvent visit() {
        return new CodedEvent(1, moon, tokyo, "042", 2, visitSentence.spanOf(2, 3), "verbs:visit", null);
    }

    /** Seoul hosted Tokyo officials: 043, predicate "hosted". */
    public CodedEvent host() {
        return new CodedEvent(2, seoul, tokyoOfficials, "043", 1, hostSentence.spanOf(1, 2), "verbs:host", null);
    }

    /** "June 2019" as the text gives it. */
    public EventDate june2019() {
        return new EventDate("2019-06", LocalDate.of(2019, 6, 1), LocalDate.of(2019, 6, 30), Granularity.MONTH, "",
                DateBasis.TEXT, "June 2019", visitSentence.spanOf(5, 7));
    }

    /** A small CAMEO table with the codes the document's events use, and one more. */
    public static CameoTable cameo() {
        return HandBuilt.cameoTable(
                "042\tMake a visit\t1.9\t1\tCONSULT\tvisit\t",
                "043\tHost a visit\t2.8\t1\tCONSULT\thost\t",
                "190\tUse conventional military force\t-10\t4\tASSAULT\t\tmilitary");
    }
}
