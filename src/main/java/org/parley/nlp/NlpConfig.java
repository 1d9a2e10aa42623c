package org.parley.nlp;

import java.util.Properties;

/**
 * The CoreNLP configuration Parley runs with, in one place. Choices and their measured costs are recorded in
 * {@code docs/ARCHITECTURE.md} (section "nlp").
 *
 * <ul>
 *   <li>3-class NER (PERSON, LOCATION, ORGANIZATION) without fine-grained NER and without the extra RegexNER
 *       gazetteers: actor resolution is Parley's own job, and the fine-grained regexes cost most of NER's time;</li>
 *   <li>SUTime on (through the NER annotator) with the article's date, for temporal expressions;</li>
 *   <li>the neural dependency parser (Universal Dependencies), whose tree the coder and the time stage read;</li>
 *   <li>a blank line ends a sentence, so the title is sentence 0;</li>
 *   <li>hyphenated words stay one token, so romanized names ("Moon Jae-in") survive tokenization;</li>
 *   <li>a line written in capitals is truecased first ({@link AllCapsText}), with a model loaded only then.</li>
 * </ul>
 */
public record NlpConfig(boolean parse) {
    /** The configuration for coding: everything on. */
    public static NlpConfig standard() {
        return new NlpConfig(true);
    }

    /**
     * The pipeline that truecases lines written in capitals ({@link AllCapsText}): tokens, sentences and CoreNLP's
     * truecasing model, which writes each word's likely case beside it (the tokens themselves keep their text).
     */
    public static Properties truecaseProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,truecase");
        p.setProperty("tokenize.language", "en");
        p.setProperty("tokenize.options", "splitHyphenated=false,invertible=true");
        p.setProperty("truecase.overwriteText", "false");
        return p;
    }

    public Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", parse ? "tokenize,ssplit,pos,lemma,ner,depparse" : "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("tokenize.language", "en");
        // keep "Jae-in", "Yoon-joo", "Jong-un" whole: split names break NER and the parse
        p.setProperty("tokenize.options", "splitHyphenated=false,invertible=true");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("ner.applyNumericClassifiers", "true");
        p.setProperty("ner.combinationMode", "NORMAL");
        return p;
    }
}
