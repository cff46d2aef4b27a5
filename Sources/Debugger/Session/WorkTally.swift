/// What running input cost in units that do not depend on the machine: characters handed to the
/// parser and values an undo snapshot copied. A script must cost a bounded multiple of its length;
/// tests hold the session to that without timing anything (every statement of a file once copied
/// every variable, and a long block was re-parsed at each of its lines).
struct WorkTally: Equatable {
    /// Characters of source handed to the parser (or to the incomplete-input check, which parses).
    var parsedCharacters = 0
    /// Values and tensors visited by undo snapshots.
    var snapshotValues = 0
}
