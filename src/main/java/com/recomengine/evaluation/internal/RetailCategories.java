package com.recomengine.evaluation.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Derives a category for a UCI Online Retail product from its description, which is all the data set has: an
 * ordered list of rules, each a set of words (or phrases), and the first rule with a word in the description
 * wins. Seasonal rules come first (a Christmas candle is Christmas), then the specific ones before the broad ones
 * (a hot water bottle is a textile, not a bottle). Unmatched products are "Gifts & Other".
 */
final class RetailCategories {

    static final String OTHER = "Gifts & Other";

    private record Rule(String category, Set<String> words, List<String> phrases) {}

    private static final List<Rule> RULES = List.of(
            rule(
                    "Christmas",
                    "CHRISTMAS XMAS ADVENT SANTA REINDEER SNOWFLAKE SNOWMAN NATIVITY BAUBLE BAUBLES " + "TINSEL ELF"),
            rule("Easter", "EASTER BUNNY BUNNIES"),
            rule(
                    "Toys & Games",
                    "TOY TOYS GAME GAMES DOLL DOLLS JIGSAW JIGSAWS PUZZLE PUZZLES PLAYHOUSE SKIPPING "
                            + "DOMINOES MARBLES TEDDY SOLDIER SOLDIERS YO-YO HELICOPTER SPINNING COLOURING BINGO ANIMALS",
                    "ROCKING HORSE",
                    "SNAKES AND LADDERS"),
            rule(
                    "Candles & Lighting",
                    "CANDLE CANDLES T-LIGHT T-LIGHTS TLIGHT TEALIGHT TEALIGHTS LANTERN LANTERNS "
                            + "LIGHT LIGHTS LAMP NIGHTLIGHT CANDLEHOLDER CANDLESTICK CHANDELIER INCENSE"),
            rule(
                    "Home & Textiles",
                    "CUSHION CUSHIONS THROW BLANKET DOORMAT RUG QUILT SLIPPER SLIPPERS HAMMOCK " + "POUFFE",
                    "HOT WATER BOTTLE",
                    "FILLER PAD",
                    "HAND WARMER"),
            rule(
                    "Jewellery & Accessories",
                    "NECKLACE EARRINGS EARRING BRACELET BANGLE RING RINGS CHARM CHARMS "
                            + "DIAMANTE BEAD BEADS BEADED BROOCH PENDANT HAIR HAIRCLIP HAIRBAND SLIDE SLIDES JEWELLERY "
                            + "JEWELLED KEYRING UMBRELLA SCARF GLOVES SUNGLASSES WATCH PONCHO"),
            rule(
                    "Party & Gift Wrap",
                    "PARTY BUNTING BALLOON BALLOONS WRAP WRAPPING CONFETTI GIFT TAGS TAG RIBBON "
                            + "RIBBONS BIRTHDAY NAPKINS CRACKERS FLAGS"),
            rule(
                    "Kitchen & Dining",
                    "MUG MUGS CUP CUPS SAUCER PLATE PLATES BOWL BOWLS TEAPOT TEA CAKE CAKES "
                            + "CAKESTAND CUTLERY SPOON SPOONS TEASPOONS FORK KNIFE JAR JARS LUNCH BAKING APRON TRAY TRAYS "
                            + "NAPKIN COASTER COASTERS TEATOWEL TEATOWELS TOWEL TOWELS JUG KITCHEN RECIPE CHOPSTICKS BEAKER "
                            + "DISH PANTRY BISCUIT BISCUITS CUTTER CUTTERS COOKIE MOULD MOULDS JELLY SUGAR COFFEE MILK "
                            + "BREAD DINER BOTTLE BOTTLES GLASS GLASSES TUMBLER PICNIC CHOCOLATE SWEETIE STRAWS LOAF PAN "
                            + "SCALES TIN TINS EGG PLACEMAT PLACEMATS TOASTRACK FLASK SALT PEPPER",
                    "CHOPPING BOARD",
                    "FOOD COVER"),
            rule(
                    "Bags & Storage",
                    "BAG BAGS PURSE HANDBAG SHOPPER TOTE BASKET BASKETS BOX BOXES STORAGE CASE "
                            + "CASES HOLDALL SATCHEL BACKPACK RUCKSACK WASHBAG TRUNK CRATE BIN CHEST CHESTS"),
            rule(
                    "Stationery & Cards",
                    "CARD CARDS NOTEBOOK NOTEBOOKS PEN PENS PENCIL PENCILS PAPER STICKERS "
                            + "STICKER ENVELOPE ENVELOPES NOTEPAD NOTE NOTES JOURNAL DIARY CALENDAR ERASER ERASERS RULER "
                            + "STATIONERY BOOK BOOKS TAPE CRAYONS CHALK STAMP STAMPS LABELS"),
            rule(
                    "Garden & Outdoor",
                    "GARDEN PLANT PLANTER PLANTERS POT POTS WATERING BIRDHOUSE FEEDER SEED SEEDS "
                            + "FLOWERPOT THERMOMETER TROWEL SPADE WHEELBARROW NESTING"),
            rule(
                    "Home Decor",
                    "FRAME FRAMES MIRROR CLOCK CLOCKS SIGN SIGNS DOORSIGN PLAQUE HOOK HOOKS DRAWER "
                            + "DRAWERS DOORSTOP VASE DECORATION DECORATIONS ORNAMENT WALL GARLAND WREATH CHIME CHIMES "
                            + "DOORKNOB KNOB SHELF CABINET ART PRINT TILE TILES HEART HEARTS HANGING PHOTO BUTTERFLY BIRD "
                            + "ASHTRAY MAGNETS LETTERS CHALKBOARD BLOCK RACK HANGER",
                    "PIGGY BANK",
                    "MONEY BANK"));

    private static final Pattern NOT_A_WORD = Pattern.compile("[^A-Z0-9'-]+");

    private RetailCategories() {}

    static String of(String description) {
        String normalized = " "
                + NOT_A_WORD
                        .matcher(description.toUpperCase(Locale.ROOT))
                        .replaceAll(" ")
                        .strip() + " ";
        Set<String> words = Set.copyOf(List.of(normalized.strip().split(" ")));
        for (Rule rule : RULES) {
            for (String word : words) {
                if (rule.words().contains(word) || rule.words().contains(trimDashes(word))) {
                    return rule.category();
                }
            }
            for (String phrase : rule.phrases()) {
                if (normalized.contains(" " + phrase + " ")) {
                    return rule.category();
                }
            }
        }
        return OTHER;
    }

    private static String trimDashes(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && word.charAt(start) == '-') {
            start++;
        }
        while (end > start && word.charAt(end - 1) == '-') {
            end--;
        }
        return word.substring(start, end);
    }

    private static Rule rule(String category, String words, String... phrases) {
        return new Rule(category, Set.of(words.split(" ")), List.of(phrases));
    }
}
