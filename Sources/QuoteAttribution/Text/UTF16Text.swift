/// A text as UTF-16 code units (what ICU reads) with the map back to scalar offsets.
///
/// This is the only place where UTF-16 offsets become scalar offsets; everything above
/// `Text/` speaks scalars.
struct UTF16Text: Sendable {
    let units: [UInt16]
    /// `scalarOffset[i]` is the scalar offset of code unit `i`; one extra entry at the end
    /// holds the scalar count. A low surrogate maps to its scalar's offset.
    private let scalarOffset: [Int32]

    /// The UTF-16 of a text (made with its other encodings, see ``EncodedText``).
    init(_ text: String) { self = EncodedText(text).utf16 }

    /// A text already split into units, with each unit's scalar offset and the scalar
    /// count at the end (see ``EncodedText``).
    init(units: [UInt16], scalarOffsets: [Int32]) {
        precondition(scalarOffsets.count == units.count + 1, "one scalar offset per unit, and the end")
        self.units = units
        self.scalarOffset = scalarOffsets
    }

    var count: Int { units.count }

    /// The scalar offset of a UTF-16 offset (a boundary reported by ICU).
    func scalarOffset(ofUnit unit: Int) -> Int { Int(scalarOffset[unit]) }
}
