package cn.dalian.laborbrand.simulatorkit.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/**
 * An append-only file of JSON lines, each forced to disk before {@link #append} returns, so that whatever was
 * answered survives a SIGKILL. On opening, a last line without its newline (cut off by a kill in mid-write, so
 * never acknowledged) is dropped; any other unreadable line stops the start, as the state would be wrong.
 */
public final class Journal<T> implements AutoCloseable {

    private final Path file;
    private final Class<T> type;
    private final ObjectMapper mapper;
    private final FileChannel channel;
    private final List<T> recorded;

    private Journal(Path file, Class<T> type, ObjectMapper mapper, FileChannel channel, List<T> recorded) {
        this.file = file;
        this.type = type;
        this.mapper = mapper;
        this.channel = channel;
        this.recorded = recorded;
    }

    public static <T> Journal<T> open(Path file, Class<T> type, ObjectMapper mapper) throws IOException {
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        byte[] content = Files.exists(absolute) ? Files.readAllBytes(absolute) : new byte[0];
        int complete = content.length;
        while (complete > 0 && content[complete - 1] != '\n') {
            complete--;
        }
        List<T> recorded = new ArrayList<>();
        String[] lines = new String(content, 0, complete, StandardCharsets.UTF_8).split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                recorded.add(mapper.readValue(lines[i], type));
            } catch (JacksonException e) {
                throw new IOException(absolute + ", line " + (i + 1) + " cannot be read: " + e.getOriginalMessage(), e);
            }
        }
        FileChannel channel = FileChannel.open(absolute, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        channel.truncate(complete);
        channel.position(complete);
        return new Journal<>(absolute, type, mapper, channel, List.copyOf(recorded));
    }

    public Path file() {
        return file;
    }

    /** The entries the file held when it was opened, in order. */
    public List<T> recorded() {
        return recorded;
    }

    /** Writes one entry as a line and forces it to disk. */
    public synchronized void append(T entry) {
        ByteBuffer line = ByteBuffer.wrap((mapper.writerFor(type).writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8));
        try {
            while (line.hasRemaining()) {
                channel.write(line);
            }
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write to the journal " + file, e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }
}
