/// A text's scalars, UTF-8 and UTF-16 (what ICU reads), with the maps between their
/// offsets, made in one pass over the text: every document needs all of them, and
/// separate passes (a scalar count, a scalar array, the UTF-16 copy, the UTF-8 offsets)
/// cost a tenth of a run.
struct EncodedText: Sendable {
    let scalars: [Unicode.Scalar]
    let utf8: [UInt8]
    /// For each scalar offset (plus the end), where its UTF-8 bytes start.
    let utf8Offsets: [Int32]
    let utf16: UTF16Text

    init(_ text: String) {
        let byteCount = text.utf8.count
        var scalars: [Unicode.Scalar] = []
        var utf8Offsets: [Int32] = []
        var units: [UInt16] = []
        var unitScalars: [Int32] = []
        scalars.reserveCapacity(byteCount)
        utf8Offsets.reserveCapacity(byteCount + 1)
        units.reserveCapacity(byteCount)
        unitScalars.reserveCapacity(byteCount + 1)
        var position: Int32 = 0
        var index: Int32 = 0
        for scalar in text.unicodeScalars {
            scalars.append(scalar)
            utf8Offsets.append(position)
            position += Int32(UTF8.width(scalar))
            if scalar.value < 0x1_0000 {
                units.append(UInt16(truncatingIfNeeded: scalar.value))
                unitScalars.append(index)
            } else {
                // A surrogate pair: both units map to the scalar.
                for unit in scalar.utf16 {
                    units.append(unit)
                    unitScalars.append(index)
                }
            }
            index += 1
        }
        utf8Offsets.append(position)
        unitScalars.append(index)
        self.scalars = scalars
        self.utf8 = Array(text.utf8)
        self.utf8Offsets = utf8Offsets
        self.utf16 = UTF16Text(units: units, scalarOffsets: unitScalars)
    }
}
