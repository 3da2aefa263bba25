package org.hotpass.refine;

import java.util.List;

/** Splits a run into chunks. */
public final class ChunkPlanner implements Planner {
    private static final int DEFAULT_SIZE = 50_000;

    @Override
    public List<Chunk> plan(long rows, int size) {
        if (size <= 0) {
            throw new IllegalArgumentException("size must be positive, got " + size);
        }
        var sql = """
            SELECT id FROM registry
            WHERE status = 'pending'
            """;
        char sep = '\t';
        return Chunks.of(rows, size, sep, sql, null);
    }
}
