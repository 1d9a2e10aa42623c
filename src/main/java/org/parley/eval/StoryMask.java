package org.parley.eval;

import java.util.Objects;
import java.util.Optional;

/**
 * Which characters of a record id name its story, as TABARI's {@code FORWARD:} command writes it: a mask such as
 * {@code ^^*****NNN*SSS} in which {@code N} marks the story's characters, {@code S} the sentence's, and every other
 * character one that is ignored. The mask is laid over the id from its end ({@code FRWD-001-002} under the mask above
 * is sentence {@code 002} of story {@code 001}); an id too short to reach every {@code N} names no story.
 *
 * @param mask the mask as written
 */
record StoryMask(String mask) {
    StoryMask {
        Objects.requireNonNull(mask, "mask");
        if (mask.isBlank() || mask.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("a story mask is one word, got '" + mask + "'");
        }
        if (mask.indexOf('N') < 0) {
            throw new IllegalArgumentException("story mask '" + mask + "' marks no story characters (N)");
        }
    }

    /** The story the id names: its characters under the mask's {@code N}, in order; empty if the id is too short. */
    Optional<String> story(String id) {
        int shift = id.length() - mask.length();
        StringBuilder key = new StringBuilder();
        for (int k = 0; k < mask.length(); k++) {
            if (mask.charAt(k) != 'N') {
                continue;
            }
            int at = k + shift;
            if (at < 0) {
                return Optional.empty();
            }
            key.append(id.charAt(at));
        }
        return Optional.of(key.toString());
    }
}
