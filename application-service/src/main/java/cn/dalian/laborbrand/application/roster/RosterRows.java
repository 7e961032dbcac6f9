package cn.dalian.laborbrand.application.roster;

import java.util.List;

/** Receives a roster file's rows as they are read: the header first, then each row with its line in the file. */
interface RosterRows {

    void header(List<String> headers);

    void row(int line, List<String> cells);
}
