package dev.dynabind.it;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The symbolic references in a class file's constant pool: the classes it names, the members it
 * refers to (owner, name, descriptor) and the method descriptors it uses. Enough of the class file
 * format (JVMS 4.4) to tell whether a class calls reflection, without a bytecode library.
 */
final class ConstantPool {
  /** A field or method reference: {@code owner} is an internal name such as {@code java/lang/Class}. */
  record MemberRef(String owner, String name, String descriptor) {
    @Override
    public String toString() {
      return owner + "." + name + descriptor;
    }
  }

  private final List<String> classNames = new ArrayList<>();
  private final List<MemberRef> members = new ArrayList<>();
  private final List<String> descriptors = new ArrayList<>();

  private ConstantPool() {}

  /** Internal names of every CONSTANT_Class entry, array descriptors included. */
  List<String> classNames() {
    return classNames;
  }

  /** Every Fieldref, Methodref and InterfaceMethodref. */
  List<MemberRef> members() {
    return members;
  }

  /** Descriptors of every NameAndType and MethodType entry. */
  List<String> descriptors() {
    return descriptors;
  }

  static ConstantPool read(byte[] classFile) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
    if (in.readInt() != 0xCAFEBABE) {
      throw new IOException("not a class file");
    }
    in.readUnsignedShort(); // minor version
    in.readUnsignedShort(); // major version
    int count = in.readUnsignedShort();
    int[] tags = new int[count];
    String[] utf8 = new String[count];
    int[] first = new int[count];
    int[] second = new int[count];
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      tags[i] = tag;
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF(); // u2 length + modified UTF-8, as DataInput reads it
        case 3, 4 -> in.readInt(); // Integer, Float
        case 5, 6 -> { // Long, Double take two slots
          in.readLong();
          i++;
        }
        case 7, 8, 16, 19, 20 -> first[i] = in.readUnsignedShort(); // Class String MethodType Module Package
        case 9, 10, 11, 12, 17, 18 -> { // member refs, NameAndType, Dynamic, InvokeDynamic
          first[i] = in.readUnsignedShort();
          second[i] = in.readUnsignedShort();
        }
        case 15 -> { // MethodHandle: reference kind, reference index
          first[i] = in.readUnsignedByte();
          second[i] = in.readUnsignedShort();
        }
        default -> throw new IOException("unknown constant pool tag " + tag + " at " + i);
      }
    }
    ConstantPool pool = new ConstantPool();
    for (int i = 1; i < count; i++) {
      switch (tags[i]) {
        case 7 -> pool.classNames.add(utf8[first[i]]);
        case 9, 10, 11 -> {
          int nameAndType = second[i];
          pool.members.add(new MemberRef(utf8[first[first[i]]], utf8[first[nameAndType]],
              utf8[second[nameAndType]]));
        }
        case 12 -> pool.descriptors.add(utf8[second[i]]);
        case 16 -> pool.descriptors.add(utf8[first[i]]);
        default -> { }
      }
    }
    return pool;
  }
}
