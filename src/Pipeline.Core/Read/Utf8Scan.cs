using System.Buffers;
using System.Text;

namespace Pipeline.Read;

/// <summary>
/// One linear pass over bytes read as UTF-8: how many bytes are not valid UTF-8, and how many valid
/// multi-byte sequences there are (what tells UTF-8 with a few stray bytes from a legacy code page).
/// </summary>
public static class Utf8Scan
{
    public static (int Invalid, int MultiByte) Count(ReadOnlySpan<byte> bytes)
    {
        int invalid = 0, multiByte = 0;
        while (!bytes.IsEmpty)
        {
            // ASCII runs are the common case: skip them without decoding
            int ascii = bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF);
            if (ascii < 0) break;
            bytes = bytes[ascii..];
            var status = Rune.DecodeFromUtf8(bytes, out _, out int consumed);
            if (status == OperationStatus.Done) multiByte++;
            else invalid += consumed;
            bytes = bytes[Math.Max(consumed, 1)..];
        }
        return (invalid, multiByte);
    }
}
